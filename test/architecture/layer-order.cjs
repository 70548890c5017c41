/**
 * The layers of src/, lowest first (house style §1): a module imports only from its own folder or
 * a lower layer. House style lists dsl · load · validate · layout · emit · import · print · diff ·
 * graph · simulate as one band; the order inside the band is the one the code keeps, made strict
 * so that no two of them can come to import each other. `src/index.ts` (the public API) sits with
 * `api`. Read by .dependency-cruiser.cjs (the rules `npm test` enforces) and layers.test.ts.
 */
module.exports = ['util', 'diagnostics', 'ir', 'activities', 'layout', 'dsl', 'validate', 'emit', 'import', 'print', 'load', 'diff', 'graph', 'simulate', 'deploy', 'connectors', 'api', 'cli'];
