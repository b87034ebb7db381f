package fr.copilote.model.generator;

import fr.copilote.model.establishment.Establishment;
import fr.copilote.model.establishment.Finess;
import fr.copilote.model.establishment.GeoPoint;
import fr.copilote.model.territory.MembershipRole;
import fr.copilote.model.territory.TerritoryCode;
import java.util.List;
import java.util.Objects;

/** A national-scale territory before memberships and conventions are derived from it; its support comes first. */
record TerritoryDraft(TerritoryCode code, String name, List<DraftMember> members) {

    TerritoryDraft {
        members = List.copyOf(members);
        if (members.isEmpty() || members.get(0).role() != MembershipRole.SUPPORT) {
            throw new IllegalArgumentException(code + ": the support must come first");
        }
    }

    Finess support() {
        return members.get(0).site().finess();
    }

    /** Everyone but the support, in order. */
    List<Finess> others() {
        return members.subList(1, members.size()).stream().map(member -> member.site().finess()).toList();
    }

    /** Where the territory is, for finding its neighbours: the mean position of its located sites. */
    GeoPoint centre() {
        List<GeoPoint> points = members.stream().map(DraftMember::site).map(Establishment::location)
                .filter(Objects::nonNull).toList();
        if (points.isEmpty()) {
            return new GeoPoint(46.6, 2.4);
        }
        return new GeoPoint(points.stream().mapToDouble(GeoPoint::latitude).sum() / points.size(),
                points.stream().mapToDouble(GeoPoint::longitude).sum() / points.size());
    }
}
