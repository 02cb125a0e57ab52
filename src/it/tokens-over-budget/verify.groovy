// AGENTS.md is 2,404 tokens (o200k_base): "# Agent instructions" is 4 tokens with its line end, and 400 lines of
// "word word word word word" are 6 each. The text up to line L is 4 + 6 (L - 1) tokens: 2,000 first at line 334.
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] AGENTS.md:334:1: error: AGENTS.md is 2,404 tokens (o200k_base), 120% of its 2,000-token budget (tokens.files 'AGENTS.md'); the budget is crossed at line 334 [token-budget]")
assert log.contains('hint: cut it below the budget; keep 20% headroom: at most 1,600 tokens')
assert log.contains('deploytrack validate found 1 error(s)')
assert log.contains('BUILD FAILURE')
return true
