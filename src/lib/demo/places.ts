// The 14 cities of Priority 4 as the demonstration generator needs them. Codes, names and
// categories of region are those of data/reference/cities.csv (a test keeps them in step).
//
// Where the map points go: public geography, approximate, written by hand. Each city has one or
// more anchor points (a centre and a radius in km) placed on land, a little inland of the
// historic centre where the city faces the sea, so jittered points do not fall in the water.
// Area names are the city's districts (municipi, circoscrizioni, quartieri) as commonly known;
// they only colour the titles.

export type RegionCategory = 'LD' | 'MD';

export interface Anchor {
  lat: number;
  lon: number;
  radiusKm: number;
}

export interface DemoCity {
  istat: string;
  name: string;
  /** Other spellings the importer accepts (data/reference/city-aliases.csv). */
  alias: string | null;
  /** The city's initials (the sigla of data/reference/cities.csv), the prefix of the demonstration project codes. */
  prefix: string;
  category: RegionCategory;
  anchors: readonly Anchor[];
  areas: readonly string[];
}

const numbered = (word: string, count: number, roman = false): string[] =>
  Array.from({ length: count }, (_, i) => `${word} ${roman ? ROMAN[i] : String(i + 1)}`);
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

export const CITIES: readonly DemoCity[] = [
  {
    istat: '001272',
    name: 'Torino',
    alias: null,
    prefix: 'TO',
    category: 'MD',
    anchors: [{ lat: 45.0703, lon: 7.6869, radiusKm: 3.5 }],
    areas: numbered('Circoscrizione', 8),
  },
  {
    istat: '015146',
    name: 'Milano',
    alias: null,
    prefix: 'MI',
    category: 'MD',
    anchors: [{ lat: 45.4642, lon: 9.19, radiusKm: 4.5 }],
    areas: numbered('Municipio', 9),
  },
  {
    istat: '027042',
    name: 'Venezia',
    alias: null,
    prefix: 'VE',
    category: 'MD',
    anchors: [
      { lat: 45.4906, lon: 12.242, radiusKm: 1.6 },
      { lat: 45.4375, lon: 12.3345, radiusKm: 0.6 },
    ],
    areas: [
      'Mestre-Carpenedo',
      'Marghera',
      'Favaro Veneto',
      'Chirignago-Zelarino',
      'Venezia-Murano-Burano',
      'Lido-Pellestrina',
    ],
  },
  {
    istat: '010025',
    name: 'Genova',
    alias: null,
    prefix: 'GE',
    category: 'MD',
    anchors: [
      { lat: 44.418, lon: 8.948, radiusKm: 0.9 },
      { lat: 44.445, lon: 8.9, radiusKm: 1 },
      { lat: 44.433, lon: 8.845, radiusKm: 0.5 },
    ],
    areas: [
      'Municipio I Centro Est',
      'Municipio II Centro Ovest',
      'Municipio III Bassa Val Bisagno',
      'Municipio V Valpolcevera',
      'Municipio VI Medio Ponente',
      'Municipio VII Ponente',
    ],
  },
  {
    istat: '037006',
    name: 'Bologna',
    alias: null,
    prefix: 'BO',
    category: 'MD',
    anchors: [{ lat: 44.4949, lon: 11.3426, radiusKm: 3 }],
    areas: [
      'Quartiere Navile',
      'Quartiere San Donato-San Vitale',
      'Quartiere Borgo Panigale-Reno',
      'Quartiere Savena',
      'Quartiere Porto-Saragozza',
      'Quartiere Santo Stefano',
    ],
  },
  {
    istat: '048017',
    name: 'Firenze',
    alias: null,
    prefix: 'FI',
    category: 'MD',
    anchors: [{ lat: 43.7696, lon: 11.2558, radiusKm: 3 }],
    areas: [
      'Quartiere 1 Centro Storico',
      'Quartiere 2 Campo di Marte',
      'Quartiere 3 Gavinana-Galluzzo',
      'Quartiere 4 Isolotto-Legnaia',
      'Quartiere 5 Rifredi',
    ],
  },
  {
    istat: '058091',
    name: 'Roma',
    alias: 'Roma Capitale',
    prefix: 'RM',
    category: 'MD',
    anchors: [{ lat: 41.8933, lon: 12.4829, radiusKm: 7 }],
    areas: numbered('Municipio', 15, true),
  },
  {
    istat: '063049',
    name: 'Napoli',
    alias: null,
    prefix: 'NA',
    category: 'LD',
    anchors: [
      { lat: 40.853, lon: 14.262, radiusKm: 0.9 },
      { lat: 40.895, lon: 14.245, radiusKm: 1.2 },
      { lat: 40.856, lon: 14.34, radiusKm: 1 },
      { lat: 40.84, lon: 14.195, radiusKm: 0.9 },
      { lat: 40.845, lon: 14.23, radiusKm: 0.6 },
    ],
    areas: numbered('Municipalità', 10),
  },
  {
    istat: '072006',
    name: 'Bari',
    alias: null,
    prefix: 'BA',
    category: 'LD',
    anchors: [
      { lat: 41.108, lon: 16.862, radiusKm: 1.4 },
      { lat: 41.1, lon: 16.805, radiusKm: 0.8 },
      { lat: 41.1, lon: 16.895, radiusKm: 0.7 },
    ],
    areas: numbered('Municipio', 5),
  },
  {
    istat: '080063',
    name: 'Reggio di Calabria',
    alias: 'Reggio Calabria',
    prefix: 'RC',
    category: 'LD',
    anchors: [
      { lat: 38.105, lon: 15.664, radiusKm: 1 },
      { lat: 38.09, lon: 15.655, radiusKm: 0.8 },
    ],
    areas: ['Arghillà', 'Archi', 'Sbarre', 'Modena', 'Gallico', 'Pellaro'],
  },
  {
    istat: '082053',
    name: 'Palermo',
    alias: null,
    prefix: 'PA',
    category: 'LD',
    anchors: [
      { lat: 38.112, lon: 13.345, radiusKm: 1.4 },
      { lat: 38.15, lon: 13.338, radiusKm: 0.9 },
    ],
    areas: numbered('Circoscrizione', 8, true),
  },
  {
    istat: '083048',
    name: 'Messina',
    alias: null,
    prefix: 'ME',
    category: 'LD',
    anchors: [
      { lat: 38.19, lon: 15.544, radiusKm: 0.7 },
      { lat: 38.21, lon: 15.545, radiusKm: 0.6 },
    ],
    areas: ['Giostra', 'Camaro', 'Fondo Fucile', 'Maregrosso', 'Santa Lucia sopra Contesse'],
  },
  {
    istat: '087015',
    name: 'Catania',
    alias: null,
    prefix: 'CT',
    category: 'LD',
    anchors: [
      { lat: 37.515, lon: 15.075, radiusKm: 1.3 },
      { lat: 37.485, lon: 15.045, radiusKm: 0.8 },
    ],
    areas: ['Librino', 'San Cristoforo', 'Picanello', 'San Berillo', 'Monte Po'],
  },
  {
    istat: '092009',
    name: 'Cagliari',
    alias: null,
    prefix: 'CA',
    category: 'LD',
    anchors: [
      { lat: 39.233, lon: 9.118, radiusKm: 0.9 },
      { lat: 39.246, lon: 9.128, radiusKm: 0.6 },
    ],
    areas: ["Sant'Elia", 'San Michele', 'Is Mirrionis', 'Mulinu Becciu', "Sant'Avendrace", 'Municipalità di Pirri'],
  },
];

/**
 * Programme envelope per city, all priorities, in M€ (programme's facts, pnmetroplus.it): the only
 * public hint of how Priority 4 is shared, used as the weight of each category of region.
 */
export const ENVELOPE_MEUR: Readonly<Record<RegionCategory, number>> = { LD: 225, MD: 142 };

export const KM_PER_DEGREE_LAT = 111.32;

/** A point spread evenly over the disc of the anchor, from two uniform numbers. */
export function pointNear(anchor: Anchor, u: number, v: number): { lat: number; lon: number } {
  const distance = anchor.radiusKm * Math.sqrt(u);
  const angle = 2 * Math.PI * v;
  const lat = anchor.lat + (distance * Math.cos(angle)) / KM_PER_DEGREE_LAT;
  const lon = anchor.lon + (distance * Math.sin(angle)) / (KM_PER_DEGREE_LAT * Math.cos((anchor.lat * Math.PI) / 180));
  return { lat, lon };
}
