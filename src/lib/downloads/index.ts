// The downloads library: every dataset file, the Data Package and the DCAT-AP_IT catalogue.
// Browser-safe modules: csv.ts, json.ts, neutralise.ts, metadata.ts, datasets.ts, dictionary.ts.
export * from './datasets.ts';
export * from './dictionary.ts';
export * from './formats.ts';
export * from './neutralise.ts';
export * from './csv.ts';
export * from './json.ts';
export * from './metadata.ts';
export * from './hash.ts';
export * from './xlsx.ts';
export * from './datapackage.ts';
export * from './dcat.ts';
export * from './release.ts';
