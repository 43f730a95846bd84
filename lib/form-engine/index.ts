// The form engine: pure TypeScript, no Next, React or database. forms/ declares; this reads.
export * from './conditions';
export * from './countries';
export * from './diagram';
export * from './error-kinds';
export * from './fees';
export * from './field-types';
export * from './form-data';
export * from './lint';
export * from './meta-schema';
export * from './migrations';
export * from './navigation';
export * from './personnummer';
export * from './roles';
export * from './summary';
export * from './types';
export * from './validation';
