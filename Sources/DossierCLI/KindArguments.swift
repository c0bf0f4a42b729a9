public import ArgumentParser
import Dossier

extension EntityKind: ArgumentParser.ExpressibleByArgument {}
extension RelationKind: ArgumentParser.ExpressibleByArgument {}
extension QueryFilter.Direction: ArgumentParser.ExpressibleByArgument {}
