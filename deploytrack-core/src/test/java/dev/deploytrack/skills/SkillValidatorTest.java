package dev.deploytrack.skills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deploytrack.discovery.Tool;
import dev.deploytrack.report.Finding;
import dev.deploytrack.report.FindingCollector;
import dev.deploytrack.report.Report;
import dev.deploytrack.report.RulePolicy;
import dev.deploytrack.report.Severity;
import dev.deploytrack.source.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SkillValidatorTest {

    private static final String VALID_DESCRIPTION = "description: Extracts text from PDF files. Use when handling PDFs.\n";

    /** Validates {@code content} as {@code <directory>/SKILL.md}. */
    static Report validate(String directory, String content, SkillSettings settings, boolean strict) {
        FindingCollector out = new FindingCollector(new RulePolicy(strict, Map.of()));
        new SkillValidator(settings).validate(new SkillFile(directory + "/SKILL.md", directory),
                SourceText.decode(content.getBytes(StandardCharsets.UTF_8)), out);
        return out.toReport();
    }

    static Report validate(String directory, String content) {
        return validate(directory, content, SkillSettings.defaults(), false);
    }

    static Report strict(String directory, String content) {
        return validate(directory, content, SkillSettings.defaults(), true);
    }

    static List<String> rules(Report report) {
        return report.findings().stream().map(Finding::ruleId).toList();
    }

    static Finding only(Report report, String rule) {
        List<Finding> matching = report.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
        assertEquals(1, matching.size(), () -> "expected one " + rule + " in " + report.findings());
        return matching.get(0);
    }

    @Test
    void minimalSkillFromTheSpecificationIsValid() {
        Report report = strict("skill-name", "---\nname: skill-name\n"
                + "description: A description of what this skill does and when to use it.\n---\n");
        assertEquals(List.of(), report.findings());
    }

    @Test
    void exampleWithOptionalFieldsFromTheSpecificationIsValid() {
        Report report = strict("pdf-processing", """
                ---
                name: pdf-processing
                description: Extract PDF text, fill forms, merge files. Use when handling PDFs.
                license: Apache-2.0
                compatibility: Requires Python 3.14+ and uv
                allowed-tools: Bash(git:*) Bash(jq:*) Read
                metadata:
                  author: example-org
                  version: "1.0"
                ---
                # Body
                """);
        assertEquals(List.of(), report.findings());
    }

    @Nested
    class Frontmatter {

        @Test
        void missingFrontmatterIsAnError() {
            Finding finding = only(validate("pdf", "# PDF\nno frontmatter\n"), "skill-frontmatter");
            assertEquals(Severity.ERROR, finding.severity());
            assertEquals(1, finding.line());
        }

        @Test
        void unclosedFrontmatterIsAnError() {
            Finding finding = only(validate("pdf", "---\nname: pdf\n" + VALID_DESCRIPTION), "skill-frontmatter");
            assertTrue(finding.message().contains("never closed"), finding.message());
        }

        @Test
        void textBeforeTheOpeningDelimiterMeansNoFrontmatter() {
            assertEquals(List.of("skill-frontmatter"),
                    rules(validate("pdf", "\n---\nname: pdf\n" + VALID_DESCRIPTION + "---\n")));
        }

        @Test
        void dashesInsideAValueAreNotADelimiter() {
            Report report = strict("pdf", "---\nname: pdf\ndescription: |\n  Splits a---b.\n  ---\n  "
                    + "More text.\n---\nbody\n");
            assertEquals(List.of(), report.findings());
        }

        @Test
        void delimiterWithTrailingBlanksAndCrlfIsAccepted() {
            Report report = strict("pdf", "---  \r\nname: pdf\r\n" + VALID_DESCRIPTION.replace("\n", "\r\n")
                    + "---\t\r\nbody\r\n");
            assertEquals(List.of(), report.findings());
        }

        @Test
        void yamlErrorIsReportedAtTheFilesLineWithAQuotingHint() {
            Finding finding = only(validate("notes", "---\nname: notes\ndescription: Writes notes. Use when: "
                    + "tagging\n---\n"), "skill-yaml");
            assertEquals(3, finding.line());
            assertEquals(36, finding.column()); // the colon of "Use when:"
            assertTrue(finding.hint().contains("quotes"), finding.hint());
            assertTrue(finding.hint().contains("description: \"Writes notes. Use when: tagging\""), finding.hint());
        }

        @Test
        void yamlErrorOnACrlfFileIsReportedAtTheFilesLine() {
            Finding finding = only(validate("notes", "---\r\nname: notes\r\nlicense: [MIT\r\n"
                    + VALID_DESCRIPTION.replace("\n", "\r\n") + "---\r\n"), "skill-yaml");
            assertTrue(finding.line() >= 3 && finding.line() <= 5, "line " + finding.line());
        }

        @Test
        void frontmatterMustBeAMapping() {
            assertEquals(List.of("skill-frontmatter-mapping"), rules(validate("pdf", "---\n- a\n- b\n---\n")));
            assertEquals(List.of("skill-frontmatter-mapping"), rules(validate("pdf", "---\n---\nbody\n")));
            assertEquals(List.of("skill-frontmatter-mapping"), rules(validate("pdf", "---\njust text\n---\n")));
        }

        @Test
        void duplicateFieldIsAYamlError() {
            Finding finding = only(validate("pdf", "---\nname: pdf\nname: pdf\n" + VALID_DESCRIPTION + "---\n"),
                    "skill-yaml");
            assertEquals(3, finding.line());
            assertTrue(finding.message().contains("duplicate key 'name'"), finding.message());
        }

        @Test
        void aliasBombIsRejectedNotExpanded() {
            StringBuilder yaml = new StringBuilder("---\nname: pdf\n" + VALID_DESCRIPTION + "a: &a [x, x, x, x]\n");
            for (int i = 1; i < 60; i++) {
                yaml.append("a").append(i).append(": &a").append(i).append(" [*a").append(i == 1 ? "" : i - 1)
                        .append(", *a").append(i == 1 ? "" : i - 1).append("]\n");
            }
            yaml.append("---\n");
            Report report = validate("pdf", yaml.toString());
            assertTrue(rules(report).contains("skill-yaml"), report.findings().toString());
        }

        @Test
        void byteOrderMarkIsAPolicyWarningAndTheSkillIsStillRead() {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            String text = "---\nname: pdf\n" + VALID_DESCRIPTION + "---\n";
            byte[] bytes = new byte[bom.length + text.length()];
            System.arraycopy(bom, 0, bytes, 0, 3);
            System.arraycopy(text.getBytes(StandardCharsets.UTF_8), 0, bytes, 3, text.length());
            FindingCollector out = new FindingCollector(RulePolicy.defaults());
            Optional<SkillDocument> document = new SkillValidator(SkillSettings.defaults())
                    .validate(new SkillFile("pdf/SKILL.md", "pdf"), SourceText.decode(bytes), out);
            assertEquals(List.of("skill-bom"), rules(out.toReport()));
            assertEquals(Severity.WARNING, out.toReport().findings().get(0).severity());
            assertEquals("pdf", document.orElseThrow().name());
        }
    }

    @Nested
    class Name {

        @Test
        void missingNameIsAnError() {
            assertEquals(List.of("skill-name-required"), rules(validate("pdf", "---\n" + VALID_DESCRIPTION + "---\n")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"name:", "name: ''", "name: '   '", "name: 12", "name: true", "name: [a]"})
        void nameMustBeANonBlankString(String field) {
            assertEquals(List.of("skill-name-required"),
                    rules(validate("pdf", "---\n" + field + "\n" + VALID_DESCRIPTION + "---\n")));
        }

        @Test
        void nameIsComparedAfterTrimming() {
            assertEquals(List.of(), rules(strict("pdf", "---\nname: '  pdf  '\n" + VALID_DESCRIPTION + "---\n")));
        }

        @Test
        void nameIsNfkcNormalisedBeforeItIsCompared() {
            // U+FF50 U+FF44 U+FF46: fullwidth "pdf", NFKC-equal to "pdf"
            assertEquals(List.of(), rules(strict("pdf", "---\nname: ｐｄｆ\n" + VALID_DESCRIPTION + "---\n")));
        }

        @Test
        void sixtyFourCharactersAreAllowedSixtyFiveAreNot() {
            String ok = "a".repeat(64);
            String tooLong = "a".repeat(65);
            assertEquals(List.of(), rules(strict(ok, "---\nname: " + ok + "\n" + VALID_DESCRIPTION + "---\n")));
            assertEquals(List.of("skill-name-length"),
                    rules(strict(tooLong, "---\nname: " + tooLong + "\n" + VALID_DESCRIPTION + "---\n")));
        }

        @Test
        void lengthCountsCodePointsNotUtf16Units() {
            String name = "\uD835\uDC1A".repeat(0) + "é".repeat(64); // 64 code points, two bytes each in UTF-8
            assertEquals(List.of(), rules(validate(name, "---\nname: " + name + "\n" + VALID_DESCRIPTION + "---\n")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"PDF-Processing", "Pdf"})
        void uppercaseIsRejected(String name) {
            Report report = validate(name, "---\nname: " + name + "\n" + VALID_DESCRIPTION + "---\n");
            assertEquals(List.of("skill-name-characters"), rules(report));
            assertTrue(report.findings().get(0).message().contains("lowercase"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"pdf_processing", "pdf.processing", "pdf processing", "pdf/x", "pdf+"})
        void punctuationIsRejected(String name) {
            Report report = validate("d", "---\nname: \"" + name + "\"\n" + VALID_DESCRIPTION + "---\n");
            assertTrue(rules(report).contains("skill-name-characters"), report.findings().toString());
        }

        @ParameterizedTest
        @ValueSource(strings = {"-pdf", "pdf-", "-"})
        void leadingOrTrailingHyphenIsRejected(String name) {
            Report report = validate(name, "---\nname: \"" + name + "\"\n" + VALID_DESCRIPTION + "---\n");
            assertTrue(rules(report).contains("skill-name-hyphens"), report.findings().toString());
        }

        @Test
        void consecutiveHyphensAreRejected() {
            Report report = validate("pdf--processing", "---\nname: pdf--processing\n" + VALID_DESCRIPTION + "---\n");
            assertEquals(List.of("skill-name-hyphens"), rules(report));
        }

        @Test
        void nameMustMatchTheDirectoryAndTheMessageNamesBoth() {
            Finding finding = only(validate("pdf_tools", "---\nname: pdf-tools\n" + VALID_DESCRIPTION + "---\n"),
                    "skill-name-directory");
            assertTrue(finding.message().contains("'pdf-tools'") && finding.message().contains("'pdf_tools'"),
                    finding.message());
            assertEquals(2, finding.line());
        }

        @Test
        void directoryNameIsNfkcNormalisedToo() {
            assertEquals(List.of(), rules(strict("ｐｄｆ", "---\nname: pdf\n" + VALID_DESCRIPTION + "---\n")));
        }

        @Test
        void nonAsciiLowercaseLettersAreAcceptedByDefault() {
            assertEquals(List.of(), rules(strict("café-tools", "---\nname: café-tools\n" + VALID_DESCRIPTION
                    + "---\n")));
            assertEquals(List.of(), rules(strict("技能", "---\nname: 技能\n" + VALID_DESCRIPTION + "---\n")));
        }

        @Test
        void asciiNamesOptionRejectsNonAsciiLetters() {
            SkillSettings ascii = new SkillSettings(true, List.of(), 500);
            Report report = validate("café-tools", "---\nname: café-tools\n" + VALID_DESCRIPTION + "---\n", ascii,
                    false);
            Finding finding = only(report, "skill-name-characters");
            assertTrue(finding.message().contains("'é'"), finding.message());
        }
    }

    @Nested
    class Description {

        @Test
        void missingDescriptionIsAnError() {
            assertEquals(List.of("skill-description-required"), rules(validate("pdf", "---\nname: pdf\n---\n")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"description:", "description: ''", "description: \"  \"", "description: 42",
                "description: {a: b}"})
        void descriptionMustBeANonBlankString(String field) {
            assertEquals(List.of("skill-description-required"),
                    rules(validate("pdf", "---\nname: pdf\n" + field + "\n---\n")));
        }

        @Test
        void at1024CharactersItIsValidAt1025ItIsNot() {
            String ok = "d".repeat(1024);
            String tooLong = "d".repeat(1025);
            assertEquals(List.of(), rules(strict("pdf", "---\nname: pdf\ndescription: " + ok + "\n---\n")));
            Finding finding = only(strict("pdf", "---\nname: pdf\ndescription: " + tooLong + "\n---\n"),
                    "skill-description-length");
            assertTrue(finding.message().contains("1025"), finding.message());
        }

        @Test
        void lengthCountsCodePoints() {
            String emoji = "\uD83D\uDE00".repeat(1024); // 1024 code points, 2048 UTF-16 units
            assertEquals(List.of(), rules(strict("pdf", "---\nname: pdf\ndescription: " + emoji + "\n---\n")));
        }
    }

    @Nested
    class OptionalFields {

        @Test
        void compatibilityMustBeAString() {
            assertEquals(List.of("skill-compatibility"),
                    rules(validate("pdf", "---\nname: pdf\n" + VALID_DESCRIPTION + "compatibility: 3\n---\n")));
        }

        @Test
        void compatibilityOver500CharactersIsAnError() {
            assertEquals(List.of(), rules(strict("pdf", "---\nname: pdf\n" + VALID_DESCRIPTION + "compatibility: "
                    + "c".repeat(500) + "\n---\n")));
            assertEquals(List.of("skill-compatibility"), rules(strict("pdf", "---\nname: pdf\n" + VALID_DESCRIPTION
                    + "compatibility: " + "c".repeat(501) + "\n---\n")));
        }

        @Test
        void emptyCompatibilityIsAWarningAndAnErrorInStrictMode() {
            String content = "---\nname: pdf\n" + VALID_DESCRIPTION + "compatibility: ''\n---\n";
            assertEquals(Severity.WARNING, only(validate("pdf", content), "skill-compatibility-empty").severity());
            assertEquals(Severity.ERROR, only(strict("pdf", content), "skill-compatibility-empty").severity());
        }

        @Test
        void metadataMustBeAMapping() {
            assertEquals(List.of("skill-metadata"),
                    rules(validate("pdf", "---\nname: pdf\n" + VALID_DESCRIPTION + "metadata: [a, b]\n---\n")));
            assertEquals(List.of("skill-metadata"),
                    rules(validate("pdf", "---\nname: pdf\n" + VALID_DESCRIPTION + "metadata: text\n---\n")));
        }

        @Test
        void nonStringMetadataValuesAreAPolicyWarningWithAQuotingHint() {
            String content = "---\nname: pdf\n" + VALID_DESCRIPTION + "metadata:\n  version: 1.0\n  draft: true\n---\n";
            Report report = validate("pdf", content);
            assertEquals(List.of("skill-metadata-values", "skill-metadata-values"), rules(report));
            assertEquals(Severity.WARNING, report.findings().get(0).severity());
            assertEquals(5, report.findings().get(0).line());
            assertTrue(report.findings().get(0).hint().contains("version: \"1.0\""), report.findings().get(0).hint());
            assertTrue(strict("pdf", content).hasErrors());
        }

        @Test
        void allowedToolsAsAStringIsValid() {
            assertEquals(List.of(), rules(strict("pdf", "---\nname: pdf\n" + VALID_DESCRIPTION
                    + "allowed-tools: Read Grep\n---\n")));
        }

        @Test
        void allowedToolsAsAYamlListIsAPolicyWarning() {
            String content = "---\nname: pdf\n" + VALID_DESCRIPTION + "allowed-tools:\n  - Read\n  - Grep\n---\n";
            Finding finding = only(validate("pdf", content), "skill-allowed-tools-list");
            assertEquals(Severity.WARNING, finding.severity());
            assertTrue(finding.hint().contains("allowed-tools: Read Grep"), finding.hint());
            assertTrue(strict("pdf", content).hasErrors());
        }

        @Test
        void allowedToolsOfAnotherTypeIsAnError() {
            assertEquals(List.of("skill-allowed-tools"),
                    rules(validate("pdf", "---\nname: pdf\n" + VALID_DESCRIPTION + "allowed-tools: {a: b}\n---\n")));
            assertEquals(List.of("skill-allowed-tools"),
                    rules(validate("pdf", "---\nname: pdf\n" + VALID_DESCRIPTION + "allowed-tools: [1, 2]\n---\n")));
        }

        @Test
        void licenseMustBeAString() {
            assertEquals(List.of("skill-license"),
                    rules(validate("pdf", "---\nname: pdf\n" + VALID_DESCRIPTION + "license: [MIT]\n---\n")));
            assertEquals(List.of(), rules(strict("pdf", "---\nname: pdf\n" + VALID_DESCRIPTION
                    + "license: Proprietary. LICENSE.txt has complete terms\n---\n")));
        }
    }

    @Nested
    class Policies {

        @Test
        void unknownFieldIsAWarningByDefaultAndAnErrorInStrictMode() {
            String content = "---\nname: pdf\n" + VALID_DESCRIPTION + "version: 1.0.0\n---\n";
            Finding warning = only(validate("pdf", content), "skill-unknown-field");
            assertEquals(Severity.WARNING, warning.severity());
            assertEquals(4, warning.line());
            assertTrue(warning.hint().contains("skills.allowed-fields"), warning.hint());
            assertEquals(Severity.ERROR, only(strict("pdf", content), "skill-unknown-field").severity());
        }

        @Test
        void allowedFieldsAreAcceptedByName() {
            SkillSettings settings = new SkillSettings(false, List.of("argument-hint"), 500);
            String content = "---\nname: pdf\n" + VALID_DESCRIPTION + "argument-hint: \"[file]\"\nmodel: haiku\n---\n";
            Report report = validate("pdf", content, settings, true);
            Finding finding = only(report, "skill-unknown-field");
            assertTrue(finding.message().contains("'model'"), finding.message());
            assertTrue(finding.hint().contains("Claude Code"), finding.hint());
        }

        @Test
        void lowercaseFileNameIsAPolicyWarning() {
            FindingCollector out = new FindingCollector(RulePolicy.defaults());
            new SkillValidator(SkillSettings.defaults()).validate(new SkillFile("pdf/skill.md", "pdf"),
                    SourceText.of("---\nname: pdf\n" + VALID_DESCRIPTION + "---\n"), out);
            assertEquals(List.of("skill-file-name"), rules(out.toReport()));
        }

        @Test
        void bodyOver500LinesIsAWarningEvenInStrictModeAtTheLineWhereItCrosses() {
            String body = "line\n".repeat(501);
            Report report = strict("pdf", "---\nname: pdf\n" + VALID_DESCRIPTION + "---\n" + body);
            Finding finding = only(report, "skill-body-length");
            assertEquals(Severity.WARNING, finding.severity());
            assertEquals(5 + 500, finding.line());
            assertFalse(strict("pdf", "---\nname: pdf\n" + VALID_DESCRIPTION + "---\n" + "line\n".repeat(500))
                    .hasWarnings());
        }
    }

    @Test
    void documentCarriesNameDescriptionAndBodyForLaterChecks() {
        FindingCollector out = new FindingCollector(RulePolicy.defaults());
        SkillDocument document = new SkillValidator(SkillSettings.defaults()).validate(new SkillFile("pdf/SKILL.md",
                "pdf"), SourceText.of("---\nname: pdf\n" + VALID_DESCRIPTION + "---\n# Body\ntext\n"), out)
                .orElseThrow();
        assertEquals("pdf", document.name());
        assertEquals("Extracts text from PDF files. Use when handling PDFs.", document.description());
        assertEquals("# Body\ntext\n", document.body());
        assertEquals(5, document.bodyStartLine());
    }

    @Nested
    class OneCauseOneFinding {

        @Test
        void aNameWithSpacesAndCapitalsIsOneFindingWhoseHintEveryNameRuleAccepts() {
            Report report = strict("mcp-integration", "---\nname: MCP Integration\n" + VALID_DESCRIPTION + "---\n");
            Finding finding = only(report, "skill-name-characters");
            assertEquals(List.of("skill-name-characters"), rules(report));
            assertEquals("use 'mcp-integration'", finding.hint());
            Report fixed = strict("mcp-integration", "---\nname: mcp-integration\n" + VALID_DESCRIPTION + "---\n");
            assertEquals(List.of(), rules(fixed));
        }

        @Test
        void theDirectoryHintNeverProposesAnInvalidName() {
            Finding finding = only(validate("data_export", "---\nname: data-export\n" + VALID_DESCRIPTION + "---\n"),
                    "skill-name-directory");
            assertTrue(finding.hint().startsWith("rename the directory to 'data-export'"), finding.hint());
            assertFalse(finding.hint().contains("change the name to 'data_export'"), finding.hint());
            Finding valid = only(validate("export", "---\nname: data-export\n" + VALID_DESCRIPTION + "---\n"),
                    "skill-name-directory");
            assertEquals("change the name to 'export', or rename the directory to 'data-export'", valid.hint());
        }

        @Test
        void aMissingNameIsHintedAsAValidName() {
            Finding finding = only(validate("Data Export", "---\n" + VALID_DESCRIPTION + "---\n"),
                    "skill-name-required");
            assertEquals("add 'name: data-export' to the frontmatter", finding.hint());
        }
    }

    @Nested
    class ReadAsItsToolsReadIt {

        private Report read(String content, Set<Tool> readers) {
            FindingCollector out = new FindingCollector(new RulePolicy(true, Map.of()));
            new SkillValidator(SkillSettings.defaults()).validate(new SkillFile("notes/SKILL.md", "notes"),
                    SourceText.decode(content.getBytes(StandardCharsets.UTF_8)), out, readers);
            return out.toReport();
        }

        private static final String COLON = "---\nname: notes\ndescription: Writes notes. Use when: tagging\n---\n";

        @Test
        void aColonClaudeCodeRepairsIsAWarningForASkillOnlyClaudeCodeLoads() {
            Report report = read(COLON, EnumSet.of(Tool.CLAUDE_CODE));
            Finding finding = only(report, "frontmatter-not-strict-yaml");
            assertEquals(Severity.WARNING, finding.severity());
            assertEquals(List.of("frontmatter-not-strict-yaml"), rules(report));
        }

        @Test
        void theSameColonIsInvalidYamlForASkillCodexLoads() {
            assertEquals(List.of("skill-yaml"), rules(read(COLON, EnumSet.of(Tool.CLAUDE_CODE, Tool.CODEX))));
            assertEquals(List.of("skill-yaml"), rules(read(COLON, Set.of())));
        }

        @Test
        void claudeCodesFieldsAreNotUnknownInASkillItLoads() {
            String content = "---\nname: notes\n" + VALID_DESCRIPTION + "context: fork\nagent: Explore\n"
                    + "argument-hint: \"[topic]\"\n---\n";
            assertEquals(List.of(), rules(read(content, EnumSet.of(Tool.CLAUDE_CODE))));
            assertEquals(List.of("skill-unknown-field", "skill-unknown-field", "skill-unknown-field"),
                    rules(read(content, EnumSet.of(Tool.CODEX))));
        }

        @Test
        void aKeyWrittenTwiceIsAWarningForClaudeCodeAndInvalidForStrictReaders() {
            String content = "---\nname: notes\nname: notes\n" + VALID_DESCRIPTION + "---\n";
            assertEquals(List.of("frontmatter-duplicate-key"), rules(read(content, EnumSet.of(Tool.CLAUDE_CODE))));
            assertEquals(List.of("skill-yaml"), rules(read(content, EnumSet.of(Tool.CODEX))));
        }
    }
}
