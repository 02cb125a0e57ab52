package dev.deploytrack.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pieces {@link TokenUpperBound} bounds must be exactly the pieces jtokkit encodes: a piece that is one token
 * of the vocabulary counts 1 only if jtokkit sees the same piece. jtokkit keeps its splitting private, so this test
 * reaches it by reflection: the compiled expression of {@code o200k_base}, and the hand-written parser that splits
 * {@code cl100k_base}.
 */
class PreTokenizerTest {

    @Test
    void o200kIsJtokkitsOwnExpressionWithItsFlags() throws ReflectiveOperationException {
        for (EncodingType type : List.of(EncodingType.O200K_BASE, EncodingType.R50K_BASE, EncodingType.P50K_BASE)) {
            Encoding encoding = Vocabularies.shared().encoding(type);
            Field field = encoding.getClass().getDeclaredField("pattern");
            field.setAccessible(true);
            Pattern jtokkit = (Pattern) field.get(encoding);
            Pattern ours = PreTokenizer.pattern(type);
            assertEquals(jtokkit.pattern(), ours.pattern(), type.getName());
            assertEquals(jtokkit.flags(), ours.flags(), type.getName());
        }
    }

    @Test
    void cl100kPiecesAreThoseOfJtokkitsParser() throws ReflectiveOperationException {
        Pattern pattern = PreTokenizer.pattern(EncodingType.CL100K_BASE);
        List<String> texts = new ArrayList<>(RandomTexts.corpus());
        texts.addAll(RandomTexts.generate(11, 3000, 400));
        texts.add("'s 'S 'ſ 'll 'LL 'Ll 've 're 'd 'm 't x'sy ''s '\n's 1'2 a'b'c");
        texts.add("  \n  \r\n \t x  \n\n  y   \u00A0\u3000z \u2028 \u0085\u001C ");
        for (String text : texts) {
            assertEquals(jtokkitCl100kPieces(text), pieces(pattern, text), text);
        }
    }

    private static List<String> pieces(Pattern pattern, String text) {
        List<String> pieces = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            pieces.add(matcher.group());
        }
        return pieces;
    }

    private static List<String> jtokkitCl100kPieces(String text) throws ReflectiveOperationException {
        Class<?> parser = Class.forName("com.knuddels.jtokkit.Cl100kParser");
        Method split = parser.getDeclaredMethod("split", String.class, Predicate.class);
        split.setAccessible(true);
        Method toArray = Class.forName("com.knuddels.jtokkit.ByteArrayList").getDeclaredMethod("toArray");
        toArray.setAccessible(true);
        List<String> pieces = new ArrayList<>();
        Predicate<Object> collect = bytes -> {
            try {
                pieces.add(new String((byte[]) toArray.invoke(bytes), StandardCharsets.UTF_8));
                return false;
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        };
        split.invoke(null, text, collect);
        return pieces;
    }
}
