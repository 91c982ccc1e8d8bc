namespace Interdict.Server.Contracts;

/// <summary>One line of <c>GET /v1/lists/{source}/export?format=ftm</c>: a FollowTheMoney entity as OpenSanctions and
/// yente write it (the model is Interdict.Lists.FtmEntity; this record describes its shape for the OpenAPI document).</summary>
/// <param name="Id">The entity's id: <c>un-KPi.033</c> for a listed party, derived ids for its sanctions and links.</param>
/// <param name="Caption">Its display name.</param>
/// <param name="Schema">The FtM schema: Person, Organization, Vessel, Airplane, LegalEntity, Sanction, Ownership, Directorship, Family, Associate, UnknownLink.</param>
/// <param name="Properties">FtM property names to their values (name, alias, birthDate, nationality, imoNumber; owner, asset, percentage…).</param>
/// <param name="Datasets">The list's dataset name.</param>
/// <param name="Referents">Always empty: an entity is one list's record.</param>
/// <param name="Target">True for a listed party.</param>
/// <param name="FirstSeen">The listing day, <c>2016-11-30T00:00:00</c>.</param>
/// <param name="LastSeen">The version's generation time.</param>
/// <param name="LastChange">The last amendment (or the listing day).</param>
sealed record FtmEntityLine(string Id, string Caption, string Schema, Dictionary<string, string[]> Properties, string[] Datasets, string[] Referents,
    bool Target, string? FirstSeen, string? LastSeen, string? LastChange);
