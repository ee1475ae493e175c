package io.fieldline.technician.technician.service;

import io.fieldline.technician.technician.rest.TechnicianSummary;

import java.util.List;

/** One page of technicians and how many match in all. */
public record TechnicianPage(List<TechnicianSummary> technicians, long total) {
}
