namespace Interdict.Matching.Monitoring;

/// <summary>For one listed name at a time, what each party token it matches is worth: the best share of the listed
/// name's weight it covers and its best similarity to any of the name's words or joined runs.</summary>
/// <remarks>Dense arrays over the party tokens, reset by a stamp instead of clearing: a listed name matches a few
/// hundred of a million tokens, and hundreds of thousands of party names are checked against it, each token by a
/// single array read. One instance per thread.</remarks>
sealed class ListedNameMatches
{
    [ThreadStatic] static ListedNameMatches? t_instance;

    int[] _stamp = [];
    float[] _cover = [];
    float[] _similarity = [];
    int _current;

    /// <summary>This thread's table, filled with <paramref name="listed"/>'s matches.</summary>
    public static ListedNameMatches For(ReverseQuery listed, float[] unitWeights, int tokenCount)
    {
        var table = t_instance ??= new ListedNameMatches();
        table.Fill(listed, unitWeights, tokenCount);
        return table;
    }

    /// <summary>The most of the listed name's weight this party token covers: its best similarity to a word or run
    /// times that unit's weight.</summary>
    public float Cover(int token) => _stamp[token] == _current ? _cover[token] : 0f;

    /// <summary>The token's best similarity to any word or run of the listed name; 0 when it matches none.</summary>
    public float Similarity(int token) => _stamp[token] == _current ? _similarity[token] : 0f;

    void Fill(ReverseQuery listed, float[] unitWeights, int tokenCount)
    {
        if (_stamp.Length < tokenCount)
        {
            _stamp = new int[tokenCount];
            _cover = new float[tokenCount];
            _similarity = new float[tokenCount];
            _current = 0;
        }
        _current++;
        for (var u = 0; u < listed.Units.Length; u++)
        {
            foreach (var match in listed.Units[u].Matches)
            {
                var cover = match.Similarity * unitWeights[u];
                if (_stamp[match.Token] != _current)
                {
                    _stamp[match.Token] = _current;
                    _cover[match.Token] = cover;
                    _similarity[match.Token] = match.Similarity;
                    continue;
                }
                _cover[match.Token] = Math.Max(_cover[match.Token], cover);
                _similarity[match.Token] = Math.Max(_similarity[match.Token], match.Similarity);
            }
        }
    }
}
