export * from './common.ts';
export * from './homes.ts';
export * from './courses.ts';
export * from './lectures.ts';
export * from './stories.ts';
export * from './policies.ts';
export * from './honours.ts';
