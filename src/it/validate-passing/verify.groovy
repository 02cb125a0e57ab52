// The goal ran in the verify phase, passed, and wrote the requested reports.
def log = new File(basedir, 'build.log').text
assert log.contains('deploytrack validate: 0 errors, 0 warnings, 0 notes in 2 files')
assert log.contains('BUILD SUCCESS')

def reports = new File(basedir, 'target/deploytrack')
def sarif = new File(reports, 'deploytrack-validate.sarif')
assert sarif.isFile()
def parsed = new groovy.json.JsonSlurper().parse(sarif)
assert parsed.version == '2.1.0'
assert parsed.runs[0].tool.driver.name == 'deploytrack'
assert parsed.runs[0].results.isEmpty()

def json = new groovy.json.JsonSlurper().parse(new File(reports, 'deploytrack-validate.json'))
assert json.summary.errors == 0
assert json.summary.files == 2
assert new File(reports, 'TEST-deploytrack-validate.xml').text.contains('tests="2"')
return true
