module.exports = { ...require('../../jest.preset.js'), displayName: 'graph-e2e', testTimeout: 120000 };
