package dev.deploytrack.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.knuddels.jtokkit.api.EncodingType;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VocabulariesTest {

    @Test
    void encodingsAreLoadedOnFirstUseOnlyAndShared() {
        Vocabularies vocabularies = Vocabularies.isolated();
        TokenCounter counter = new TokenCounter(Tokenization.exact(EncodingType.CL100K_BASE), vocabularies);
        assertEquals(Set.of(), vocabularies.loaded(), "creating a counter loads nothing");
        assertEquals(0, counter.count("").tokens());
        assertEquals(Set.of(), vocabularies.loaded(), "an empty text needs no vocabulary");
        assertEquals(2, counter.count("hello world").tokens());
        assertEquals(Set.of(EncodingType.CL100K_BASE), vocabularies.loaded());
        assertSame(vocabularies.encoding(EncodingType.CL100K_BASE), vocabularies.encoding(EncodingType.CL100K_BASE));
        assertSame(Vocabularies.shared(), Vocabularies.shared());
    }
}
