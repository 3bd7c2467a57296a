namespace Confide.Core.Sharing;

/// <summary>What kind of body an agency on the register is; consents may cover a whole category (SUF-25, LEI-26).</summary>
public enum AgencyCategory
{
    HealthVisitor,
    ChildrensCentre,
    ChildrensSocialCare,
    AdultSocialCare,
    School,
    Gp,
    Police,
    Court,
    Housing,
    VoluntarySector,
    Other,
}
