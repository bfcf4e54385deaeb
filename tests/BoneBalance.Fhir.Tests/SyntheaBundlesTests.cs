namespace BoneBalance.Fhir.Tests;

public class SyntheaBundlesTests
{
    [Fact]
    public void The_vendored_Synthea_set_holds_twenty_patient_bundles()
    {
        var folder = Repository.File("data", "sources", "fhir", "synthea");
        Assert.Equal(20, Directory.GetFiles(folder, "*.json").Length);
    }
}
