// A dry run, the safe fixes, the unsafe ones, then validate: each build's log and the files they leave.
def log = new File(basedir, 'build.log').text
def runs = log.split(/Scanning for projects/).drop(1)
assert runs.size() == 4 : "expected four builds in build.log"

// 1. The dry run logs a unified diff and writes nothing (checked through the second build's diff of the same file).
assert runs[0].contains('[INFO] -description: Reviews code. Use when: a change is ready')
assert runs[0].contains("[INFO] +description: 'Reviews code. Use when: a change is ready'")
assert runs[0].contains('[INFO] rename from skills/MCP Integration') == false : 'an unsafe rename without fixUnsafe'
assert runs[0].contains('nothing was written')

// 2. The certain fixes, in Maven's words; the unsafe one is named with its property.
assert runs[1].contains("[INFO] Fixed .claude/agents/reviewer.md:3: quote the value of 'description' [frontmatter-not-strict-yaml]")
assert runs[1].contains("[INFO] Fixed .mcp.json:3: remove the trailing comma [mcp-json]")
assert runs[1].contains("[INFO] Fixed skills/pdf/SKILL.md:5: write allowed-tools as the string 'Read Bash(pdftk:*)' [skill-allowed-tools-list]")
assert runs[1].contains('-Ddeploytrack.fixUnsafe')
assert !runs[1].contains('--fix-unsafe')
assert runs[1].contains("[ERROR] skills/MCP Integration/SKILL.md:2:7: error: skill name 'mcp-integration' does not match its directory")

// 3. and 4.
assert runs[2].contains("[INFO] Fixed skills/MCP Integration/SKILL.md: rename the directory 'skills/MCP Integration' to 'skills/mcp-integration' [skill-name-directory]")
assert runs[3].contains('deploytrack validate: 0 errors, 0 warnings')

// The files: only the values changed, the CRLF line endings and the comment stayed.
def agent = new File(basedir, '.claude/agents/reviewer.md').bytes
assert new String(agent, 'UTF-8') == "---\r\nname: reviewer\r\ndescription: 'Reviews code. Use when: a change is ready'\r\n---\r\nReview the diff.\r\n"
assert new File(basedir, 'skills/pdf/SKILL.md').text == "---\nname: pdf\ndescription: Fills PDF forms.\n# tools the skill may use\nallowed-tools: Read Bash(pdftk:*)\n---\n# PDF\n"
assert new File(basedir, '.mcp.json').text == '{\n  "mcpServers": {\n    "docs": {"url": "https://example.com/mcp", "type": "http"}\n  }\n}\n'
assert new File(basedir, 'skills/mcp-integration/SKILL.md').isFile()
assert !new File(basedir, 'skills/MCP Integration').exists()
return true
