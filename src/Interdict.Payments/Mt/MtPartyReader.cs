using System.Collections.Immutable;
using Interdict.Core.Lists;

namespace Interdict.Payments.Mt;

/// <summary>Reads a party field of an MT message in any of its options: A (BIC), B (location), C (account or
/// clearing code), D/K/H and no letter (name and address), F (structured lines 1/ to 8/), G (account and BIC),
/// L (party identifier).</summary>
static class MtPartyReader
{
    /// <summary>The party in <paramref name="field"/>; null with <paramref name="problem"/> set when the field breaks its
    /// option's format.</summary>
    public static PaymentParty? Read(PaymentRole role, MtField field, out (Place At, string Message)? problem)
    {
        problem = null;
        var lines = field.Lines;
        var identifiers = ImmutableArray.CreateBuilder<PartyIdentifier>();
        var address = ImmutableArray.CreateBuilder<Located>();
        Located? name = null, bic = null, town = null, country = null;
        var kind = PartyKind.Unknown;
        var next = 0;
        if (lines.Length == 0 || lines.All(l => l.Length == 0))
        {
            problem = (field.Place, "the field is empty");
            return null;
        }

        switch (field.Option)
        {
            case "A":
            case "G":
            case "C" when field.Number == "50":
                // [/party identifier] then the BIC.
                if (lines.Length > 1 || (lines[0].StartsWith('/') && field.Option != "C"))
                {
                    AddPartyIdentifier(field, 0, identifiers);
                    next = 1;
                }
                if (next >= lines.Length)
                {
                    problem = (field.Place, $"option {field.Option} needs a BIC after the party identifier");
                    return null;
                }
                var code = lines[next].Trim();
                if (!Codes.IsBic(code))
                {
                    problem = (field.PlaceOf(next), $"'{code}' is not a BIC");
                    return null;
                }
                bic = new Located(code, field.PlaceOf(next));
                kind = field.Number == "50" ? PartyKind.Unknown : PartyKind.Organization;
                if (next + 1 < lines.Length)
                {
                    problem = (field.PlaceOf(next + 1), $"option {field.Option} has nothing after the BIC");
                    return null;
                }
                break;
            case "L":
                AddOther(field, 0, lines[0], identifiers);
                break;
            case "B":
            case "C":
                if (lines[0].StartsWith('/')) { AddPartyIdentifier(field, 0, identifiers); next = 1; }
                for (var i = next; i < lines.Length; i++) AddLine(field, i, address);
                break;
            case "F":
                if (!ReadOptionF(field, identifiers, address, ref name, ref town, ref country, ref kind, out problem)) return null;
                break;
            default:
                // D, K, H and 59 without a letter: [/account or //clearing] then name and address lines.
                if (lines[0].StartsWith('/')) { AddPartyIdentifier(field, 0, identifiers); next = 1; }
                if (next < lines.Length && lines[next].Trim().Length > 0) name = new Located(lines[next].Trim(), field.PlaceOf(next));
                for (var i = next + 1; i < lines.Length; i++) AddLine(field, i, address);
                break;
        }
        if (name is null && bic is null && identifiers.Count == 0 && address.Count == 0) return null;
        return new PaymentParty
        {
            Role = role,
            Place = field.Place,
            IsInstitution = field.Number is not ("50" or "59"),
            Kind = kind,
            Name = name,
            Bic = bic,
            AddressLines = address.ToImmutable(),
            Town = town,
            Country = country,
            Identifiers = identifiers.ToImmutable(),
        };
    }

    /// <summary>Option F: the party identifier line, then numbered lines. 1/ name, 2/ address, 3/ country and town,
    /// 4/ date of birth, 5/ place of birth, 6/ customer number, 7/ national identity number, 8/ continuation of the
    /// identifier before it.</summary>
    static bool ReadOptionF(MtField field, ImmutableArray<PartyIdentifier>.Builder identifiers, ImmutableArray<Located>.Builder address,
        ref Located? name, ref Located? town, ref Located? country, ref PartyKind kind, out (Place At, string Message)? problem)
    {
        problem = null;
        var lines = field.Lines;
        var first = 0;
        if (!IsNumbered(lines[0]))
        {
            AddPartyIdentifier(field, 0, identifiers);
            var code = lines[0].Length > 4 && lines[0][4] == '/' ? lines[0][..4] : "";
            if (code is "CCPT" or "DRLC" or "NIDN" or "SOSE" or "EMPL" or "ARNU") kind = PartyKind.Person;
            first = 1;
        }
        var nameParts = new List<string>();
        var namePlace = default(Place);
        for (var i = first; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (!IsNumbered(line))
            {
                problem = (field.PlaceOf(i), $"line {i + 1} of option F must start with a line number 1 to 8 and '/'");
                return false;
            }
            var text = line[2..].Trim();
            var place = field.PlaceOf(i);
            switch (line[0])
            {
                case '1':
                    if (nameParts.Count == 0) namePlace = place;
                    nameParts.Add(text);
                    break;
                case '2':
                    if (text.Length > 0) address.Add(new Located(text, place));
                    break;
                case '3':
                    if (text.Length >= 2 && Codes.IsCountry(text.AsSpan(0, 2)) && (text.Length == 2 || text[2] == '/'))
                    {
                        if (country is null) country = new Located(text[..2], place);
                        var rest = text.Length > 3 ? text[3..].Trim() : "";
                        if (rest.Length > 0)
                        {
                            town ??= new Located(rest, place);
                            address.Add(new Located(rest, place));
                        }
                    }
                    else if (country is not null)
                    {
                        if (text.Length > 0) address.Add(new Located(text, place));
                    }
                    else
                    {
                        problem = (place, $"line 3/ must start with an ISO country code and '/' (found '{text}')");
                        return false;
                    }
                    break;
                case '4':
                    kind = PartyKind.Person;
                    identifiers.Add(new PartyIdentifier(PartyIdentifierKind.DateOfBirth, text, null, place));
                    break;
                case '5':
                    kind = PartyKind.Person;
                    identifiers.Add(new PartyIdentifier(PartyIdentifierKind.PlaceOfBirth, text.Length > 3 ? text[3..] : text,
                        text.Length > 2 ? text[..2] : null, place));
                    break;
                case '6':
                    identifiers.Add(new PartyIdentifier(PartyIdentifierKind.Other, text, "CUST", place));
                    break;
                case '7':
                    identifiers.Add(new PartyIdentifier(PartyIdentifierKind.Other, text, "NIDN", place));
                    break;
                case '8':
                    if (identifiers.Count > 0)
                    {
                        var last = identifiers[^1];
                        identifiers[^1] = last with { Value = last.Value + text };
                    }
                    break;
                default:
                    problem = (place, $"line {i + 1} of option F has the number {line[0]}; only 1 to 8 exist");
                    return false;
            }
        }
        if (nameParts.Count > 0) name = new Located(string.Join(' ', nameParts), namePlace);
        return true;
    }

    static bool IsNumbered(string line) => line.Length >= 2 && char.IsAsciiDigit(line[0]) && line[1] == '/';

    static void AddLine(MtField field, int index, ImmutableArray<Located>.Builder address)
    {
        var text = field.Lines[index].Trim();
        if (text.Length > 0) address.Add(new Located(text, field.PlaceOf(index)));
    }

    /// <summary>A party identifier line: <c>/account</c>, <c>/C/account</c> or <c>/D/account</c>, <c>//clearing code</c>, or
    /// option F's <c>CODE/CC/identifier</c>.</summary>
    static void AddPartyIdentifier(MtField field, int index, ImmutableArray<PartyIdentifier>.Builder identifiers)
    {
        var line = field.Lines[index].Trim();
        var place = field.PlaceOf(index);
        if (line.StartsWith("//", StringComparison.Ordinal))
        {
            var code = line[2..];
            identifiers.Add(new PartyIdentifier(PartyIdentifierKind.ClearingMember, code, code.Length > 2 ? code[..2] : null, place));
        }
        else if (line.StartsWith('/'))
        {
            var account = line[1..];
            if (account.Length > 2 && account[0] is 'C' or 'D' && account[1] == '/') account = account[2..];
            if (account.Length > 0)
            {
                var kind = LooksLikeIban(account) ? PartyIdentifierKind.Iban : PartyIdentifierKind.Account;
                identifiers.Add(new PartyIdentifier(kind, account, null, place));
            }
        }
        else
        {
            AddOther(field, index, line, identifiers);
        }
    }

    /// <summary>A coded identifier (<c>CCPT/KP/123456</c>, <c>TXID/…</c>): the code is the scheme.</summary>
    static void AddOther(MtField field, int index, string line, ImmutableArray<PartyIdentifier>.Builder identifiers)
    {
        var slash = line.IndexOf('/', StringComparison.Ordinal);
        var scheme = slash > 0 ? line[..slash] : null;
        var value = slash > 0 ? line[(slash + 1)..] : line;
        if (value.Length > 0) identifiers.Add(new PartyIdentifier(PartyIdentifierKind.Other, value, scheme, field.PlaceOf(index)));
    }

    static bool LooksLikeIban(string text) =>
        text.Length is >= 15 and <= 34 && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1])
        && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3]) && text.All(char.IsAsciiLetterOrDigit);
}
