// One repository, four builds (invoker.properties): from the root, from a module directory, and without a POM.
def log = new File(basedir, 'build.log').text
def runs = log.split(/Scanning for projects/).drop(1)
assert runs.size() == 4 : "expected four builds in build.log"

def skill = "[ERROR] .claude/skills/data_export/SKILL.md:2:7: error: skill name 'data-export' does not match its directory 'data_export' [skill-name-directory]"
def secret = ~/\[ERROR\] shop-api\/src\/main\/resources\/application\.properties:1:\d+: error: password in a database URI "Vq…" \(14 characters\) \[database-uri-password\]/

for (int i = 0; i < 2; i++) {
    def run = runs[i]
    // Each finding exactly once, with its path relative to the repository's root, in either build.
    assert run.count(skill) == 1 : "build ${i + 1}: the root's finding is reported ${run.count(skill)} times"
    assert (run =~ secret).size() == 1 : "build ${i + 1}: the module's finding is not reported exactly once"
    assert !(run =~ /\] src\/main\/resources\/application\.properties/) : "a module-relative path"
    // The root's exclude applies to every module.
    assert !run.contains('leak.env') && !run.contains('Zr5t')
    // Maven words: the baseline hint names the goal and its property, not the command line's flag.
    assert run.contains("accept it into the baseline with 'mvn deploytrack:scan -Ddeploytrack.writeBaseline'")
    assert !run.contains('--write-baseline')
    assert !run.contains('Vq8kLz2pR7xNw4')
}
// Build 1 went through both modules, which did not rescan.
assert runs[0].contains('deploytrack validate: 2 errors, 0 warnings, 0 notes')
assert runs[0].count('is checked once for the whole repository, and shop-parent ran it') == 2
// Build 2 started in shop-api found the root's configuration and failed on both findings.
assert runs[1].contains('deploytrack validate found 2 error(s)')

// Reports go to the root's target/deploytrack, with root-relative paths in SARIF and text.
def reports = new File(basedir, 'target/deploytrack')
def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'deploytrack-validate.sarif'))
def uris = sarif.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri }.sort()
assert uris == ['.claude/skills/data_export/SKILL.md', 'shop-api/src/main/resources/application.properties']
def text = new File(reports, 'deploytrack-validate.txt').text
assert text.contains('shop-api/src/main/resources/application.properties:1:')
assert !new File(basedir, 'shop-api/target/deploytrack').exists()
assert !new File(basedir, 'shop-web/target/deploytrack').exists()

// Build 3, without a POM in tools/agent-kit: the current directory, no literal ${...} directory, no standalone-pom.
def kit = new File(basedir, 'tools/agent-kit')
assert runs[2].contains('deploytrack validate: 0 errors, 0 warnings, 0 notes')
assert new File(kit, 'target/deploytrack/deploytrack-validate.sarif').isFile()
assert new File(kit, 'target/reports/deploytrack.html').text.contains('agent-kit')
def literal = []
basedir.eachFileRecurse { if (it.name.contains('${')) literal << it }
assert literal.isEmpty() : "directories named after unresolved expressions: ${literal}"
def registry = new groovy.json.JsonSlurper().parse(new File(kit, 'deployments/registry.json'))
assert registry.projects*.name == ['agent-kit']
assert registry.deployment_history[0].agent == 'code-review'
assert !log.contains('standalone-pom ran it')

// Build 4, mvn site: one deploytrack page, at the root project, with the findings, budgets, cost and registry.
def page = new File(basedir, 'target/site/deploytrack.html')
assert page.isFile()
def html = page.text
assert html.contains('Validation findings')
assert html.contains('shop-api/src/main/resources/application.properties:1:')
assert html.contains('.claude/skills/data_export/SKILL.md:2:7')
assert !html.contains('Vq8kLz2pR7xNw4')
assert html.contains('Token budgets') && html.contains('tokens.always-loaded')
assert html.contains('Cost projection') && html.contains('production') && html.contains('$300.00 (')
assert html.contains('Deployment registry') && html.contains('checkout-web') && html.contains('code-review')
assert !new File(basedir, 'shop-api/target/site/deploytrack.html').exists()
assert new File(basedir, 'target/site/project-reports.html').text.contains('deploytrack.html')
return true
