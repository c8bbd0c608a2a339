export * from './codes.ts';
export * from './source.ts';
export * from './reference.ts';
export * from './allocation.ts';
export * from './project.ts';
export * from './meta.ts';
export * from './report.ts';
export * from './config.ts';
