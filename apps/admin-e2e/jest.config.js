module.exports = { ...require('../../jest.preset.js'), displayName: 'admin-e2e', testTimeout: 180000, maxWorkers: 1 };
