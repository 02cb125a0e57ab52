package dev.deploytrack.secrets;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Recall and precision on the generated agent-repository corpus ({@link AgentRepoCorpus}): about 75 formats in 16
 * syntaxes, and over a hundred look-alikes. The target is at least 0.97 for both.
 */
class SecretCorpusEvaluationTest {

    /** Counts over one corpus. */
    record Score(int planted, int found, int findings, int correct, List<String> missed, List<String> falsePositives) {

        double recall() {
            return planted == 0 ? 1 : (double) found / planted;
        }

        double precision() {
            return findings == 0 ? 1 : (double) correct / findings;
        }
    }

    static Score evaluate(List<AgentRepoCorpus.CorpusFile> corpus, SecretScanner scanner) {
        int planted = 0;
        int found = 0;
        int findings = 0;
        int correct = 0;
        List<String> missed = new ArrayList<>();
        List<String> falsePositives = new ArrayList<>();
        for (AgentRepoCorpus.CorpusFile file : corpus) {
            Set<Integer> labelled = new HashSet<>();
            file.secrets().forEach(label -> labelled.add(label.line()));
            Set<Integer> reported = new HashSet<>();
            for (SecretMatch match : scanner.scanText(file.path(), file.content())) {
                if (reported.add(match.line())) {
                    findings++;
                    if (labelled.contains(match.line())) {
                        correct++;
                    } else {
                        falsePositives.add(file.path() + ":" + match.line() + " " + match.ruleId() + " "
                                + match.message() + "  | " + line(file.content(), match.line()));
                    }
                }
            }
            for (AgentRepoCorpus.Label label : file.secrets()) {
                planted++;
                if (reported.contains(label.line())) {
                    found++;
                } else {
                    missed.add(label.path() + ":" + label.line() + " " + label.rule() + "  | "
                            + line(file.content(), label.line()));
                }
            }
        }
        return new Score(planted, found, findings, correct, missed, falsePositives);
    }

    private static String line(String content, int line) {
        String[] lines = content.split("\r?\n", -1);
        String text = line - 1 < lines.length ? lines[line - 1] : "";
        return text.length() > 140 ? text.substring(0, 140) + "..." : text;
    }

    @Test
    void recallAndPrecisionReachTheTargetOnTheGeneratedCorpus() {
        SecretScanner scanner = SecretScanner.defaults();
        int planted = 0;
        int found = 0;
        int findings = 0;
        int correct = 0;
        int lookAlikes = 0;
        List<String> problems = new ArrayList<>();
        for (long seed = 1; seed <= 5; seed++) {
            List<AgentRepoCorpus.CorpusFile> corpus = AgentRepoCorpus.generate(seed, 3);
            Score score = evaluate(corpus, scanner);
            planted += score.planted();
            found += score.found();
            findings += score.findings();
            correct += score.correct();
            lookAlikes += corpus.stream().mapToInt(AgentRepoCorpus.CorpusFile::lookAlikes).sum();
            score.missed().forEach(m -> problems.add("missed " + m));
            score.falsePositives().forEach(f -> problems.add("false positive " + f));
        }
        double recall = (double) found / planted;
        double precision = (double) correct / findings;
        System.out.printf("secret corpus: %d planted, %d look-alikes, recall %.4f, precision %.4f%n", planted,
                lookAlikes, recall, precision);
        problems.forEach(System.out::println);
        assertTrue(recall >= 0.97 && precision >= 0.97, String.format("recall %.4f, precision %.4f%n%s", recall,
                precision, String.join("\n", problems)));
    }
}
