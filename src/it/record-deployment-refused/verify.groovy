// The refusal names the rule and the fix, fails the build, and leaves the registry byte for byte as it was.
def log = new File(basedir, 'build.log').text
assert log.contains('deploytrack record-deployment refused: code-review@1.3.0 has not been recorded in staging for checkout-web')
assert log.contains('Nothing was written.')
// Maven words for the override: the properties, not the command line's flags.
assert log.contains('override with -Ddeploytrack.emergency and -Ddeploytrack.reason=TEXT')
assert !log.contains('--emergency')
assert log.contains('BUILD FAILURE')

def registry = new File(basedir, 'deployments/registry.json').bytes
def expected = new File(basedir, 'expected-registry.json').bytes
assert registry == expected
assert !new File(basedir, 'deployments/registry.json.1.0.0.bak').exists()
assert !new File(basedir, 'deployments/registry.json.bak').exists()
assert !new File(basedir, 'deployments/by-project').exists()
return true
