// The build failed on the secret, the log shows it compiler-style and redacted, and SARIF carries a fingerprint.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] config/app.env:1:31: error: password in a database URI "Vq')
assert log.contains('[database-uri-password]')
assert !log.contains('Vq8kLz2pR7xNw4')
assert log.contains('deploytrack scan found 1 secret(s)')
assert log.contains('BUILD FAILURE')

def sarifFile = new File(basedir, 'target/deploytrack/deploytrack-scan.sarif')
assert !sarifFile.text.contains('Vq8kLz2pR7xNw4')
def results = new groovy.json.JsonSlurper().parse(sarifFile).runs[0].results
assert results.size() == 1
assert results[0].ruleId == 'database-uri-password'
assert results[0].level == 'error'
assert results[0].locations[0].physicalLocation.region.startLine == 1
assert results[0].partialFingerprints['deploytrackFingerprint/v1'].length() == 32
return true
