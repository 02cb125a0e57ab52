def log = new File(basedir, 'build.log').text
assert log.contains('deploytrack validate is skipped')
assert !log.contains('skill-frontmatter')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/deploytrack').exists()
return true
