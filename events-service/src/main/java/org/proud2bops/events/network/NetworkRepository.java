package org.proud2bops.events.network;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class NetworkRepository implements PanacheRepositoryBase<Network, String> {}
