namespace BatchProvider.Testing.Http;

/// <summary>One request a <see cref="RecordingHttpServer"/> received.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="PathAndQuery">The path with its query, as sent.</param>
/// <param name="Headers">Every header by name (case-insensitive), an empty string where the header was sent empty.</param>
/// <param name="Body">The body bytes.</param>
public sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, byte[] Body);
