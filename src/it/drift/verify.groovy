// Production runs agents days behind the application: the build fails, and the report says which and since when.
def log = new File(basedir, 'build.log').text
assert log.contains('production: 3 of 3 agents behind, 3 past the 1h limit')
assert log.contains('(merge) Merge pull request #41 from shop/strict-review')
assert log.contains('[ERROR] drift: 5 agents behind, 4 past their limit')
assert log.contains('deploytrack drift: 4 agent(s) behind past their environment\'s limit (-Ddeploytrack.maxAge or drift.max-age in deploytrack.yml)')
assert log.contains('BUILD FAILURE')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/deploytrack/deploytrack-drift.json'))
assert json.failed == true
assert json.past_limit == 4
assert json.environments.find { it.name == 'production' }.agents*.status == ['drifted', 'never-deployed', 'drifted']
assert new File(basedir, 'target/deploytrack/deploytrack-drift.md').text.startsWith('### deploytrack drift: shop-assistant')
return true
