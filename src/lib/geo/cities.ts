// Where to draw each city on the map: the municipality's centre (town hall), WGS84, rounded to
// 0.01 degrees; and where to put its label so that close cities (Messina and Reggio di
// Calabria are 8 km apart) stay readable. Geography, not programme data.
export type CityPoint = { lat: number; lon: number; anchor: 'start' | 'end'; dx: number; dy: number };

export const CITY_POINTS: Record<string, CityPoint> = {
  '001272': { lat: 45.07, lon: 7.69, anchor: 'end', dx: -8, dy: 0 }, // Torino
  '015146': { lat: 45.46, lon: 9.19, anchor: 'start', dx: 8, dy: -8 }, // Milano
  '027042': { lat: 45.44, lon: 12.33, anchor: 'start', dx: 8, dy: -6 }, // Venezia
  '010025': { lat: 44.41, lon: 8.95, anchor: 'end', dx: -8, dy: 10 }, // Genova
  '037006': { lat: 44.49, lon: 11.34, anchor: 'start', dx: 8, dy: 0 }, // Bologna
  '048017': { lat: 43.77, lon: 11.26, anchor: 'start', dx: 8, dy: 6 }, // Firenze
  '058091': { lat: 41.89, lon: 12.48, anchor: 'end', dx: -8, dy: 0 }, // Roma
  '063049': { lat: 40.85, lon: 14.27, anchor: 'end', dx: -8, dy: 6 }, // Napoli
  '072006': { lat: 41.12, lon: 16.87, anchor: 'start', dx: 8, dy: 0 }, // Bari
  '080063': { lat: 38.11, lon: 15.65, anchor: 'start', dx: 10, dy: 10 }, // Reggio di Calabria
  '082053': { lat: 38.12, lon: 13.36, anchor: 'end', dx: -6, dy: -10 }, // Palermo
  '083048': { lat: 38.19, lon: 15.55, anchor: 'start', dx: 10, dy: -10 }, // Messina
  '087015': { lat: 37.5, lon: 15.09, anchor: 'start', dx: 8, dy: 6 }, // Catania
  '092009': { lat: 39.22, lon: 9.12, anchor: 'end', dx: -8, dy: 0 }, // Cagliari
};
