namespace BatchProvider.Domain.Planning;

/// <summary>One line of the human plan: a resource change, what happens to it and why.</summary>
/// <param name="Resource">Family, spec Id and the Batch names involved, e.g. <c>ComputeEnvironment gpu: research-gpu → research-gpu-g2</c>.</param>
/// <param name="Action">The action, e.g. <c>ReplaceCreateFirst</c>.</param>
/// <param name="Why">The reason and, for replacements, the properties that forced it.</param>
/// <param name="Steps">How many executable steps the change has.</param>
public sealed record PlanRow(string Resource, string Action, string Why, int Steps);
