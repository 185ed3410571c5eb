// Public API of the rules module (contract §2). Pure: no browser APIs; runs under plain Node.
export * from './schema';
// TODO(rules helper): export listPolicies, convert, requiredYears, checkYears, aggregateYears from their modules.
