// Within its limits: the goal passes, logs the verdict with the figures and writes the three reports.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] production: ok: daily projection $2.26 is 22.6% of the $10.00 limit')
assert log.contains('[INFO] production: ok: monthly projection $67.84 is 22.6% of the $300.00 limit')
assert log.contains('BUILD SUCCESS')

def reports = new File(basedir, 'target/deploytrack')
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'deploytrack-cost-check.json'))
assert json.status == 'ok'
assert json.environments[0].name == 'production'
assert json.environments[0].monthly == 67.84
assert json.environments[0].agents[0].model == 'gpt-5'
assert json.environments[0].agents[0].contextTokens == 9
assert new File(reports, 'deploytrack-cost-check.txt').text.contains('production: OK')
assert new File(reports, 'deploytrack-cost-check.md').text.startsWith('### deploytrack cost-check: passed')
return true
