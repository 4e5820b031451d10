// Unit tests of the dashboard's logic (buildQuery, auth provider, i18n, layout helpers) in jsdom.
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'admin',
  testEnvironment: 'jsdom',
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        diagnostics: false,
        tsconfig: { jsx: 'react-jsx', module: 'commonjs', target: 'ES2022', esModuleInterop: true, isolatedModules: true },
      },
    ],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
};
