export interface SubBrand {
  id: string;
  name: string;
  description: string;
  image: string;
}

export interface Brand extends SubBrand {
  subBrands: SubBrand[];
}

/** A brand with one sub-brand, as GET /api/v4/brands/ returns it. */
export const brandExample: Brand = {
  id: "7D3B0F1E-2A4C-4B6D-8E0F1A2B3C4D5E6F",
  name: "Acme",
  description: "Corporate brand guidelines and assets.",
  image: "https://acme.bynder.com/brands/acme/logo.png",
  subBrands: [
    {
      id: "1E5F9A2B-3C4D-4E6F-8A0B1C2D3E4F5A6B",
      name: "Outdoor",
      description: "Assets for the Acme Outdoor product line.",
      image: "https://acme.bynder.com/brands/acme-outdoor/logo.png",
    },
  ],
};

/** A second brand without sub-brands. */
export const plainBrandExample: Brand = {
  id: "9C8B7A6D-5E4F-4A3B-2C1D0E9F8A7B6C5D",
  name: "Globex",
  description: "Assets of the Globex subsidiary.",
  image: "https://acme.bynder.com/brands/globex/logo.png",
  subBrands: [],
};
