export * from './locales.ts';
export * from './format.ts';
export * from './routes.ts';
export * from './strings.ts';
