using System.Text.Json.Nodes;

namespace BatchProvider.Domain.Tests.JobDefinitions;

/// <summary>
/// Valid job-definition items of each kind, with properties replaced or (with null) removed by a JSON fragment:
/// <c>Jd.Container("'Vcpus': '0.5'")</c>. Single quotes stand for double quotes.
/// </summary>
internal static class Jd
{
    public const string ContainerBase = "{'Id': 'j', 'Kind': 'Container', 'Image': 'repo/app:1', 'Vcpus': '1', 'Memory': '2 GiB'}";
    public const string FargateBase = "{'Id': 'j', 'Kind': 'Container', 'Platform': 'FARGATE', 'Image': 'repo/app:1', 'Vcpus': '1', 'Memory': '2 GiB', 'ExecutionRole': 'arn:aws:iam::123456789012:role/exec'}";
    public const string MultiNodeBase = "{'Id': 'j', 'Kind': 'MultiNode', 'Nodes': [{'Range': '0:3', 'Image': 'repo/app:1', 'Vcpus': '4', 'Memory': '8 GiB'}]}";
    public const string EksBase = "{'Id': 'j', 'Kind': 'Eks', 'Containers': [{'Image': 'repo/app:1', 'Resources': {'Limits': {'cpu': '1', 'memory': '2048Mi'}}}]}";

    public static string Container(string fragment = "") => Merge(ContainerBase, fragment);
    public static string Fargate(string fragment = "") => Merge(FargateBase, fragment);
    public static string MultiNode(string fragment = "") => Merge(MultiNodeBase, fragment);
    public static string Eks(string fragment = "") => Merge(EksBase, fragment);

    public static string Of(string kind, string fragment) => kind switch
    {
        "Container" => Container(fragment),
        "Fargate" => Fargate(fragment),
        "MultiNode" => MultiNode(fragment),
        "Eks" => Eks(fragment),
        _ => throw new ArgumentException(kind),
    };

    private static string Merge(string baseJson, string fragment)
    {
        var target = JsonNode.Parse(baseJson.Replace('\'', '"'))!.AsObject();
        if (fragment.Length > 0)
        {
            var extra = JsonNode.Parse("{" + fragment.Replace('\'', '"') + "}")!.AsObject();
            foreach (var (key, value) in extra.ToList())
            {
                if (value is null) target.Remove(key);
                else target[key] = value.DeepClone();
            }
        }
        return target.ToJsonString();
    }
}
