package dev.deploytrack.skills;

/** Where a skill is loaded from, as a key: skills in one scope are loaded together by one tool. */
final class SkillScopes {

    private SkillScopes() {
    }

    /**
     * The folder holding the skill's directory when it is a skills folder (…/skills), else the skill's parent
     * directory: skills side by side in one folder are loaded together.
     */
    static String scope(String skillPath) {
        int slash = skillPath.lastIndexOf('/');
        String directory = slash < 0 ? "" : skillPath.substring(0, slash);
        int parent = directory.lastIndexOf('/');
        return parent < 0 ? "" : directory.substring(0, parent);
    }
}
