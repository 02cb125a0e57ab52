// Two stages recorded in order, the re-run changed nothing, and the summary page was written.
def log = new File(basedir, 'build.log').text
assert log.contains('deployments/registry.json: recorded payments-api in development by ci:invoker')
assert log.contains('deployments/registry.json: recorded payments-api in staging by ci:invoker')
assert log.contains('idempotency key run-1-development was already recorded for payments-api in development')
assert log.contains('BUILD SUCCESS')

def registry = new groovy.json.JsonSlurper().parse(new File(basedir, 'deployments/registry.json'))
assert registry.registry_version == '2.0.0'
assert registry.deployment_history.size() == 4
assert registry.deployment_history*.environment == ['development', 'development', 'staging', 'staging']
assert registry.deployment_history.every { it.actor.kind == 'ci' && it.actor.identity == 'invoker' }
assert registry.deployment_history.every { it.git_commit == '0123456789abcdef0123456789abcdef01234567' }
assert registry.projects.size() == 1
assert registry.projects[0].name == 'payments-api'
assert registry.projects[0].path == '.'
assert registry.projects[0].agents.size() == 4
assert registry.statistics.total_deployments == 4
assert registry.statistics.total_projects == 1
assert registry.statistics.agents_deployed == 2

def summary = new File(basedir, 'deployments/by-project/payments-api.md').text
assert summary.contains('| code-review | staging | 1.3.0 |')
assert summary.contains('## Notes')
return true
