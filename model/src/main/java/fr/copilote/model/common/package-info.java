/** Small building blocks shared by the domain packages: invalid values and labelled code lists. */
package fr.copilote.model.common;
