// The build failed on the error, the log shows it compiler-style with path and line, and SARIF was still written.
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] .claude/skills/data_export/SKILL.md:2:7: error: skill name 'data-export' does not match its directory 'data_export' [skill-name-directory]")
assert log.contains("[WARNING] .claude/skills/data_export/SKILL.md:4:1: warning: unknown frontmatter field 'version'")
assert log.contains('deploytrack validate found 1 error(s) and 1 warning(s)')
assert log.contains('BUILD FAILURE')

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/deploytrack/deploytrack-validate.sarif'))
def results = sarif.runs[0].results
assert results.size() == 2
def error = results.find { it.ruleId == 'skill-name-directory' }
assert error.level == 'error'
assert error.locations[0].physicalLocation.artifactLocation.uri == '.claude/skills/data_export/SKILL.md'
assert error.locations[0].physicalLocation.region.startLine == 2
return true
