// Over the monthly limit: the build fails, and the log has the numbers that caused it.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] production: FAILED: monthly projection $67.84 is 135.6% of the $50.00 limit')
assert log.contains('deploytrack cost-check failed: production: monthly projection $67.84 is 135.6% of the $50.00 limit')
assert log.contains('BUILD FAILURE')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/deploytrack/deploytrack-cost-check.json'))
assert json.status == 'failed'
assert json.environments[0].limits.find { it.period == 'monthly' }.status == 'failed'
return true
