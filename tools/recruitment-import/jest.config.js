module.exports = { ...require('../../jest.preset.js'), displayName: 'recruitment-import' };
