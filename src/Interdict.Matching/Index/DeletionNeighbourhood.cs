namespace Interdict.Matching.Index;

/// <summary>Fuzzy retrieval by deletion neighbourhoods (the SymSpell method): two words within <c>d</c> edits
/// share a string obtained by deleting at most <c>d</c> characters from each. Variants are stored as 64-bit
/// hashes, so the index holds no strings for them; a hash collision only adds a candidate, which the exact
/// edit-distance check then drops.</summary>
static class DeletionNeighbourhood
{
    /// <summary>Words shorter than this get no deletion variants (a 1-letter word has no meaningful neighbour).</summary>
    public const int MinLength = 2;
    /// <summary>Words at least this long get two-deletion variants: shorter words are allowed one edit only
    /// (<see cref="Scoring.TokenSimilarity.AllowedEdits"/>).</summary>
    public const int TwoDeletionLength = 6;

    /// <summary>Calls <paramref name="visit"/> with the hash of the word and of every variant with one or two characters deleted.</summary>
    public static void ForEachVariant<TState>(ReadOnlySpan<char> word, ref TState state, VariantVisitor<TState> visit)
    {
        visit(ref state, Hash(word, -1, -1));
        if (word.Length < MinLength) return;
        for (var i = 0; i < word.Length; i++)
        {
            if (i > 0 && word[i] == word[i - 1]) continue; // deleting either of two equal letters gives the same variant
            visit(ref state, Hash(word, i, -1));
            if (word.Length < TwoDeletionLength) continue;
            for (var j = i + 1; j < word.Length; j++)
            {
                if (j > i + 1 && word[j] == word[j - 1]) continue;
                visit(ref state, Hash(word, i, j));
            }
        }
    }

    /// <summary>FNV-1a over the word without the characters at <paramref name="skip1"/> and <paramref name="skip2"/>.</summary>
    static ulong Hash(ReadOnlySpan<char> word, int skip1, int skip2)
    {
        var hash = 14695981039346656037UL;
        for (var k = 0; k < word.Length; k++)
        {
            if (k == skip1 || k == skip2) continue;
            hash = (hash ^ word[k]) * 1099511628211UL;
        }
        // Mix in the variant's length so that variants of different lengths never collide by construction.
        var length = word.Length - (skip1 >= 0 ? 1 : 0) - (skip2 >= 0 ? 1 : 0);
        return (hash ^ (ulong)length) * 1099511628211UL;
    }
}

/// <summary>Receives one variant hash.</summary>
delegate void VariantVisitor<TState>(ref TState state, ulong hash);
