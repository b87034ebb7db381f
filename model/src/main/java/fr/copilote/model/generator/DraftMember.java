package fr.copilote.model.generator;

import fr.copilote.model.establishment.Establishment;
import fr.copilote.model.territory.MembershipRole;

/** An establishment (a directory site) and the role it will play in its territory. */
record DraftMember(Establishment site, MembershipRole role) {
}
