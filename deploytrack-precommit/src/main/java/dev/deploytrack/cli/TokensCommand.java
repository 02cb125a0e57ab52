package dev.deploytrack.cli;

import dev.deploytrack.config.ConfigLoader;
import dev.deploytrack.tokens.FileTokenCount;
import dev.deploytrack.tokens.ModelTokenizers;
import dev.deploytrack.tokens.TokenCounter;
import dev.deploytrack.tokens.TokenSettings;
import dev.deploytrack.tokens.Tokenization;
import dev.deploytrack.tokens.Vocabularies;
import dev.deploytrack.yaml.ConfigException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code deploytrack tokens}: prints the token count of files. */
final class TokensCommand implements Command {

    @Override
    public String name() {
        return "tokens";
    }

    @Override
    public String summary() {
        return "count the tokens of files for an encoding or a model";
    }

    @Override
    public String help() {
        return """
                Usage: java -jar deploytrack.jar tokens [--encoding ENC | --model MODEL] [--format text|json] PATH...

                Prints the token count of each file, read as bytes and decoded as UTF-8 (invalid bytes count as
                U+FFFD; CRLF and a byte-order mark count as they are). Text that looks like a special token,
                such as <|endoftext|>, counts as ordinary text. No network access. Without options, counts
                with tokens.model or tokens.encoding of ./deploytrack.yml, else o200k_base; tokens.estimates
                there replaces the estimate factors.

                Options:
                  --encoding ENC      o200k_base (default), cl100k_base, p50k_base, p50k_edit or r50k_base
                  --model MODEL       count for a model: exact for OpenAI models (gpt-5, gpt-4.1, o3: o200k_base;
                                      gpt-4, gpt-3.5: cl100k_base), an estimate with its error band for models
                                      without a public tokenizer (Claude, Gemini, others)
                  --format FORMAT     text (default) or json: {"files":[{"path","tokens","encoding","exact"}]}
                  -h, --help          show this help

                Exit status: 0 counted, 2 usage error or a file that cannot be read (the others are counted).
                """;
    }

    @Override
    public int run(List<String> args, Console console) throws UsageException {
        Arguments arguments = Arguments.parse(args, Set.of("--help"), Set.of("--encoding", "--model", "--format"));
        String format = arguments.value("--format", "text");
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("unknown format '" + format + "'; use text or json");
        }
        if (arguments.operands().isEmpty()) {
            throw new UsageException("name at least one file to count");
        }
        TokenSettings settings;
        try {
            settings = ConfigLoader.load(console.workingDirectory(), null).tokens();
        } catch (ConfigException e) {
            e.problems().forEach(problem -> console.err().println(problem));
            console.error("the configuration is invalid; nothing was counted");
            return Exit.USAGE;
        }
        TokenCounter counter = new TokenCounter(tokenization(arguments, settings), Vocabularies.shared());
        List<FileTokenCount> counts = new ArrayList<>();
        int exit = Exit.OK;
        for (String operand : arguments.operands()) {
            Path file = console.resolve(operand);
            if (!Files.isRegularFile(file)) {
                console.error(operand + ": " + (Files.isDirectory(file) ? "is a directory; name the files to count"
                        : "no such file"));
                exit = Exit.USAGE;
                continue;
            }
            try {
                counts.add(FileTokenCount.of(operand, Files.readAllBytes(file), counter));
            } catch (IOException e) {
                console.error(operand + ": cannot read the file: " + e.getMessage());
                exit = Exit.USAGE;
            }
        }
        try {
            Writer out = new OutputStreamWriter(console.out(), StandardCharsets.UTF_8);
            if (format.equals("json")) {
                FileTokenCount.writeJson(counts, out);
            } else {
                FileTokenCount.writeText(counts, out);
            }
            out.flush();
        } catch (IOException e) {
            console.error(e.getMessage());
            return Exit.USAGE;
        }
        return exit;
    }

    /** The options, else tokens.model or tokens.encoding of ./deploytrack.yml, else o200k_base. */
    private static Tokenization tokenization(Arguments arguments, TokenSettings settings) throws UsageException {
        String encoding = arguments.value("--encoding");
        String model = arguments.value("--model");
        if (encoding != null && model != null) {
            throw new UsageException("give --encoding or --model, not both");
        }
        if (model != null) {
            if (model.isBlank()) {
                throw new UsageException("--model needs a model name, e.g. gpt-5 or claude-sonnet-4-5");
            }
            return ModelTokenizers.forModel(model, settings.estimates());
        }
        if (encoding == null) {
            return settings.tokenization();
        }
        return Tokenization.exact(TokenSettings.encodingNamed(encoding).orElseThrow(() -> new UsageException(
                "unknown encoding '" + encoding + "'; use one of " + TokenSettings.encodingNames())));
    }
}
