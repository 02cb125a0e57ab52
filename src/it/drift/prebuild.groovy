// The drift demo's git history cannot be committed inside this repository: build it here, as its README says.
def script = new File(basedir, '../../../../examples/drift-demo/build.sh').canonicalFile
def process = ['bash', script.path, new File(basedir, 'shop').path].execute()
process.waitForProcessOutput(System.out, System.err)
assert process.exitValue() == 0 : "building the demo failed"
return true
