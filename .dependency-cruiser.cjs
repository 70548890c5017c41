/**
 * The layer rules of src/ (house style §1), checked by dependency-cruiser in `npm test`
 * (test/architecture/layers.test.ts runs it): a module imports only from its own folder or a lower
 * layer, static, type-only and dynamic `import()` alike, and no module is part of a cycle.
 * The layer order is test/architecture/layer-order.cjs.
 */
const layers = require('./test/architecture/layer-order.cjs');

/** The path pattern of a layer's modules (`api` includes the public entry `src/index.ts`). */
const zone = (layer) => (layer === 'api' ? '^src/(api/|index\\.ts$)' : `^src/${layer}/`);

const upward = layers.slice(0, -1).map((layer, i) => ({
  name: `no-upward-from-${layer}`,
  comment: `${layer} may import only from ${layers.slice(0, i).join(', ') || 'nothing in src/ outside itself'} (house style §1).`,
  severity: 'error',
  from: { path: zone(layer) },
  to: { path: layers.slice(i + 1).map(zone) },
}));

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'no-circular',
      comment: 'No module of src/ is part of an import cycle, inside a folder or across folders.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-unknown-layer',
      comment: 'Every module of src/ is in a known layer: a new top-level folder gets its place in the list above.',
      severity: 'error',
      from: { path: '^src/', pathNot: [...layers.map(zone)] },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js', '.json'] },
  },
};
