export * from './dates.js';
export * from './events.js';
export * from './note.js';
export * from './gold.js';
