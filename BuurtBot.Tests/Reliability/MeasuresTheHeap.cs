namespace BuurtBot.Tests.Reliability;

/// <summary>
/// Tests that bound the managed heap's growth run alone: the heap is the whole test process's, and a
/// test class running beside them (another host, a browser test) moved it by more than the bound.
/// Measured on a fresh clone: the admin form's second half grew 34 MB beside the suite, 4 MB alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuresTheHeap
{
    public const string Name = "Measures the managed heap";
}
